package vn.example.quangninh.smartcity.qn1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Qn1CrcTest {

    @Test
    void catalogueCheckValue() {
        // Greg Cook, "Catalogue of parametrised CRC algorithms" (CRC RevEng), entry CRC-16/IBM-3740
        // (alias CRC-16/CCITT-FALSE): width=16 poly=0x1021 init=0xffff refin=false refout=false
        // xorout=0x0000 check=0x29b1, the check being the CRC of the ASCII bytes "123456789".
        byte[] check = "123456789".getBytes(StandardCharsets.US_ASCII);
        assertEquals(0x29B1, Qn1Crc.crc16(check, 0, check.length));
    }

    @Test
    void emptyRangeIsTheInitialValue() {
        assertEquals(0xFFFF, Qn1Crc.crc16(new byte[3], 1, 0));
    }

    @Test
    void rangeInsideALargerBuffer() {
        byte[] padded = "xx123456789yy".getBytes(StandardCharsets.US_ASCII);
        assertEquals(0x29B1, Qn1Crc.crc16(padded, 2, 9));
    }

    @Test
    void rangeOutsideTheBufferIsRejected() {
        assertThrows(IndexOutOfBoundsException.class, () -> Qn1Crc.crc16(new byte[4], 2, 3));
    }
}
