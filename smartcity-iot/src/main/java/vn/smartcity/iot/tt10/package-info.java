/**
 * Station files of Viet Nam's automatic, continuous environmental monitoring under Circular
 * 10/2021/TT-BTNMT (Article 39 and Appendix 15, Table 34 of parameter symbols; it replaced Circular
 * 24/2017/TT-BTNMT, whose file layout it kept): {@link vn.smartcity.iot.tt10.Tt10Codec} reads and
 * writes the text files a station's data logger sends by FTP, and {@link
 * vn.smartcity.iot.tt10.Tt10FileName} parses and formats their names.
 *
 * <p>A file has one line per parameter, five fields separated by tabs: symbol, value, unit, time
 * {@code yyyyMMddHHmmss} in Viet Nam's local time (UTC+7) and device status ({@code 00} measuring,
 * {@code 01} calibrating, {@code 02} device error). Its name is {@code
 * <TinhCode>_<CoSo>_<Tram>_<yyyyMMddHHmmss>.txt}: province, facility, station, time.
 */
@NullMarked
package vn.smartcity.iot.tt10;

import org.jspecify.annotations.NullMarked;
