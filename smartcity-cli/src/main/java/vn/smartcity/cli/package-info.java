/**
 * The {@code smartcity} command line, built with picocli: {@link vn.smartcity.cli.SmartCity} is
 * the entry point, one class per subcommand.
 *
 * <p>Every subcommand prints a short readable account, or one JSON object with {@code --json}, and
 * exits 0 on success, 1 on invalid input (one line on stderr, no stack trace) and 2 on a usage
 * error.
 */
@NullMarked
package vn.smartcity.cli;

import org.jspecify.annotations.NullMarked;
