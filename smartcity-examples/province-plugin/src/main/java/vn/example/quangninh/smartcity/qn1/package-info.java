/**
 * The QN1 station protocol of the fictional vendor Vinh Xanh Instruments, a made-up example of a
 * vendor format a province adds to the SDK: {@link vn.example.quangninh.smartcity.qn1.Qn1Codec}
 * reads and writes its text lines as the SDK's observations, with canonical parameter names and
 * units, so the SDK's air-quality index works on them unchanged.
 *
 * <p>The protocol is specified in {@link vn.example.quangninh.smartcity.qn1.Qn1Codec}'s
 * documentation; its checksum is CRC-16/CCITT-FALSE (CRC-16/IBM-3740 in the CRC RevEng catalogue).
 */
@NullMarked
package vn.example.quangninh.smartcity.qn1;

import org.jspecify.annotations.NullMarked;
