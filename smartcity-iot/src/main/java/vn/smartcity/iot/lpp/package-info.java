/**
 * Cayenne Low Power Payload (LPP), the LoRaWAN payload format of myDevices: frames of {@code
 * [channel][type][data]} fields, big-endian, with the data types of the myDevices documentation
 * ("Cayenne Low Power Payload", section "Data Types", types 0 to 136) and the extended types of the
 * ElectronicCats CayenneLPP Arduino library ({@code src/CayenneLPP.h}, types 100 to 142).
 *
 * <p>{@link vn.smartcity.iot.lpp.CayenneLppCodec} decodes and encodes frames; {@link
 * vn.smartcity.iot.lpp.LppType} lists the types with their sizes, resolutions and UCUM units.
 */
@NullMarked
package vn.smartcity.iot.lpp;

import org.jspecify.annotations.NullMarked;
