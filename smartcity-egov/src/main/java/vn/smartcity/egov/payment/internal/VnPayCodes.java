package vn.smartcity.egov.payment.internal;

import java.util.Map;
import vn.smartcity.egov.payment.GatewayCode;

/**
 * VNPay's result codes, from the "Bảng mã lỗi" tables of
 * https://sandbox.vnpayment.vn/apis/docs/thanh-toan-pay/pay.html (vnp_ResponseCode and
 * vnp_TransactionStatus of the payment API, version 2.1.0), as also reproduced in
 * lehuygiang28/vnpay {@code src/constants/response-map.constant.ts}.
 */
public final class VnPayCodes {

    /** The response code field. */
    public static final String RESPONSE_CODE = "vnp_ResponseCode";

    /** The transaction status field. */
    public static final String TRANSACTION_STATUS = "vnp_TransactionStatus";

    private static final Map<String, String> RESPONSE = Map.ofEntries(
            Map.entry("00", "Giao dịch thành công"),
            Map.entry(
                    "07",
                    "Trừ tiền thành công. Giao dịch bị nghi ngờ (liên quan tới lừa đảo, giao dịch bất thường);"
                            + " merchant phải xác nhận qua merchant admin"),
            Map.entry(
                    "09",
                    "Giao dịch không thành công do: Thẻ/Tài khoản của khách hàng chưa đăng ký dịch vụ"
                            + " InternetBanking tại ngân hàng"),
            Map.entry(
                    "10",
                    "Giao dịch không thành công do: Khách hàng xác thực thông tin thẻ/tài khoản không đúng quá 3"
                            + " lần"),
            Map.entry("11", "Giao dịch không thành công do: Đã hết hạn chờ thanh toán"),
            Map.entry("12", "Giao dịch không thành công do: Thẻ/Tài khoản của khách hàng bị khóa"),
            Map.entry("13", "Giao dịch không thành công do: Quý khách nhập sai mật khẩu xác thực giao dịch (OTP)"),
            Map.entry("24", "Giao dịch không thành công do: Khách hàng hủy giao dịch"),
            Map.entry("51", "Giao dịch không thành công do: Tài khoản của quý khách không đủ số dư"),
            Map.entry(
                    "65",
                    "Giao dịch không thành công do: Tài khoản của Quý khách đã vượt quá hạn mức giao dịch"
                            + " trong ngày"),
            Map.entry("75", "Ngân hàng thanh toán đang bảo trì"),
            Map.entry(
                    "79",
                    "Giao dịch không thành công do: Quý khách nhập sai mật khẩu thanh toán quá số lần quy" + " định"),
            Map.entry("99", "Các lỗi khác (lỗi còn lại, không có trong danh sách mã lỗi đã liệt kê)"));

    private static final Map<String, String> STATUS = Map.of(
            "00", "Giao dịch thanh toán thành công",
            "01", "Giao dịch chưa hoàn tất",
            "02", "Giao dịch bị lỗi",
            "04", "Giao dịch đảo (khách hàng đã bị trừ tiền tại ngân hàng nhưng giao dịch chưa thành công ở VNPAY)",
            "05", "VNPAY đang xử lý giao dịch này (giao dịch hoàn tiền)",
            "06", "VNPAY đã gửi yêu cầu hoàn tiền sang ngân hàng (giao dịch hoàn tiền)",
            "07", "Giao dịch bị nghi ngờ gian lận",
            "09", "Giao dịch hoàn trả bị từ chối");

    private VnPayCodes() {}

    /**
     * The code of a callback: the response code unless it is {@code 00}, then the transaction
     * status when present. Success needs both to be {@code 00}.
     *
     * @param responseCode {@code vnp_ResponseCode}
     * @param transactionStatus {@code vnp_TransactionStatus}, or empty if absent
     * @return the code with its meaning
     */
    public static GatewayCode of(String responseCode, String transactionStatus) {
        if (!responseCode.equals("00") || transactionStatus.isEmpty()) {
            return new GatewayCode(
                    RESPONSE_CODE,
                    responseCode,
                    RESPONSE.getOrDefault(responseCode, "mã không có trong bảng mã lỗi của VNPAY"),
                    responseCode.equals("00"));
        }
        return new GatewayCode(
                TRANSACTION_STATUS,
                transactionStatus,
                STATUS.getOrDefault(transactionStatus, "mã không có trong bảng trạng thái của VNPAY"),
                transactionStatus.equals("00"));
    }
}
