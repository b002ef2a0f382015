/**
 * HJ 212-2017 ("Data transmission standard for online monitoring systems of pollutants"), the
 * data-logger protocol most automatic monitoring stations speak over TCP: the {@link
 * vn.smartcity.iot.hj212.Hj212Codec codec}, whole {@link vn.smartcity.iot.hj212.Hj212Packet
 * packets} with the data centre's responses (section 6.6), the {@link
 * vn.smartcity.iot.hj212.Hj212Crc checksum} (section 6.3.2) and a {@link
 * vn.smartcity.iot.hj212.Hj212FrameSplitter stream splitter}.
 */
@NullMarked
package vn.smartcity.iot.hj212;

import org.jspecify.annotations.NullMarked;
