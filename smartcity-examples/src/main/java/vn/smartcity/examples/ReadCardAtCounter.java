package vn.smartcity.examples;

import java.util.ArrayList;
import java.util.List;
import vn.smartcity.card.CitizenIdentity;
import vn.smartcity.card.access.AccessDeniedException;
import vn.smartcity.card.access.AccessKey;
import vn.smartcity.card.apdu.ApduTransport;
import vn.smartcity.card.pa.TrustStore;
import vn.smartcity.card.reader.CccdReadResult;
import vn.smartcity.card.reader.CccdReader;
import vn.smartcity.testkit.chip.SimulatedChip;

/**
 * For a one-stop-shop counter: read the citizen's chip ID card (CCCD) with the 6-digit card access
 * number printed on its front (PACE), verify the chip's data by passive authentication, and show
 * the clerk who it is, with the number masked.
 *
 * <p>The test kit's simulated chip stands in for the card here. At a real counter, open the reader
 * with {@code Pcsc.waitForCard(Duration.ofSeconds(10))} (package {@code vn.smartcity.card.pcsc})
 * and trust your CSCA certificates: {@code TrustStore.fromDirectory(Path.of("/etc/smartcity/csca"))}.
 */
public final class ReadCardAtCounter {

    private ReadCardAtCounter() {}

    /**
     * Reads the simulated chip of the test kit's sample citizen.
     *
     * @param args the CAN the clerk typed, or none to use the one printed on the sample card
     */
    public static void main(String[] args) {
        SimulatedChip card = SimulatedChip.sampleCitizen();
        String can = args.length > 0 ? args[0] : card.content().can();
        read(card, can, card.content().trustStore()).forEach(System.out::println);
    }

    /**
     * Reads one card.
     *
     * @param card the card on the reader (PC/SC, simulated or a vendor's device)
     * @param can the card access number
     * @param csca the CSCA certificates passive authentication trusts
     * @return what the clerk sees
     */
    static List<String> read(ApduTransport card, String can, TrustStore csca) {
        List<String> lines = new ArrayList<>();
        try (card) {
            CccdReadResult result = CccdReader.builder()
                    .transport(card)
                    .accessKey(AccessKey.can(can)) // PACE when the chip offers it, else BAC
                    .trustStore(csca)
                    .build()
                    .read();
            result.accessReports().forEach(r -> lines.add("access: " + r.summary()));
            lines.add("passive authentication: " + result.verdict().result());
            result.verdict().failures().forEach(f -> lines.add("  failed: " + f));
            CitizenIdentity citizen = result.citizen();
            // Never show or log the full number: masked() keeps the first three and last two digits.
            lines.add("citizen: " + citizen.idNumber().map(n -> n.masked()).orElse("?") + ", "
                    + citizen.gender().map(Enum::name).orElse("?") + ", born "
                    + citizen.dateOfBirth()
                            .map(d -> String.valueOf(d.getYear()))
                            .orElse("?"));
            result.faceImage()
                    .ifPresent(face -> lines.add("photo: " + face.format() + " " + face.width() + "x" + face.height()));
        } catch (AccessDeniedException e) {
            // A wrong CAN: the message tells the clerk what to check, without repeating the key.
            lines.add("access denied: " + e.getMessage());
        }
        return lines;
    }
}
