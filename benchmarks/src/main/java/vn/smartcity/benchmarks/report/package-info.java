/**
 * Turns a JMH JSON result ({@code -rf json}) into the Markdown table of {@code benchmarks/README.md}:
 * time and allocation per operation with their errors, each row's ratio to the peer and to the floor
 * of its group, and the targets met or missed. Run by {@code benchmarks/run.sh}.
 */
@NullMarked
package vn.smartcity.benchmarks.report;

import org.jspecify.annotations.NullMarked;
