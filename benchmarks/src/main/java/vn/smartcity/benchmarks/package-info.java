/**
 * JMH benchmarks of smartcity-sdk, each beside a floor (the cheapest loop over the same input) so
 * one run gives the ratio. Build with {@code mvn -q -pl benchmarks -am package -DskipTests}, run
 * with {@code java -jar benchmarks/target/benchmarks.jar}.
 */
@NullMarked
package vn.smartcity.benchmarks;

import org.jspecify.annotations.NullMarked;
