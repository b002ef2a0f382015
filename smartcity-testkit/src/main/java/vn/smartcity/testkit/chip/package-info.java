/**
 * A simulated CCCD chip for tests without hardware: {@link vn.smartcity.testkit.chip.SimulatedChip}
 * answers real APDUs (ICAO Doc 9303 Parts 10 and 11: file selection and reading, BAC, PACE with the
 * generic mapping, secure messaging, Active Authentication) with the files of {@link
 * vn.smartcity.testkit.chip.ChipContent}, signed by a {@link vn.smartcity.testkit.chip.TestPki}.
 * {@link vn.smartcity.testkit.chip.VpcdCard} serves the chip to vsmartcard's virtual PC/SC reader, so
 * the whole stack down to pcscd is exercised.
 *
 * <p>Everything here is synthetic and deterministic where it can be: the sample citizen's chip holds
 * the same data as {@link vn.smartcity.testkit.SampleCitizen}'s MRZ and QR code.
 */
@NullMarked
package vn.smartcity.testkit.chip;

import org.jspecify.annotations.NullMarked;
