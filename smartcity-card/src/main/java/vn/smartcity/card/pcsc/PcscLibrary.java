package vn.smartcity.card.pcsc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the PC/SC Lite library for the JDK on Linux. The JDK's {@code sun.security.smartcardio}
 * provider loads {@code /usr/$LIBISA/libpcsclite.so}, a link that Debian and Ubuntu ship only in
 * {@code libpcsclite-dev}; the runtime package has {@code libpcsclite.so.1}. This class looks for
 * {@code libpcsclite.so.1}, then {@code libpcsclite.so}, in the multiarch directory of the running
 * architecture first and the usual library directories after it, and names the file in the system
 * property {@value #PROPERTY} unless the user has set it already. The JDK reads the property once,
 * when the provider is first used, so {@link #configure()} runs before every PC/SC call.
 */
final class PcscLibrary {

    /** The system property the JDK reads for the library's path. */
    static final String PROPERTY = "sun.security.smartcardio.library";

    private static final List<String> NAMES = List.of("libpcsclite.so.1", "libpcsclite.so");

    private static boolean configured;

    private PcscLibrary() {}

    /**
     * Sets {@value #PROPERTY} to the library found, once, on Linux, unless it is set already.
     *
     * @return the library named in the property, or empty if none was set (another OS, or no library
     *     found: the JDK then tries its own default and PC/SC reports no service)
     */
    static synchronized Optional<String> configure() {
        String current = System.getProperty(PROPERTY);
        if (current != null && !current.isBlank()) {
            return Optional.of(current);
        }
        if (configured
                || !System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
            return Optional.empty();
        }
        configured = true;
        Optional<Path> found = find(directories(System.getProperty("os.arch", "")));
        found.ifPresent(path -> System.setProperty(PROPERTY, path.toString()));
        return found.map(Path::toString);
    }

    /**
     * The directories searched, in order: the multiarch directories of the architecture, then the
     * generic ones.
     *
     * @param osArch the {@code os.arch} property, such as {@code amd64} or {@code aarch64}
     * @return the directories
     */
    static List<Path> directories(String osArch) {
        List<String> triplets = new ArrayList<>();
        switch (osArch.toLowerCase(Locale.ROOT)) {
            case "amd64":
            case "x86_64":
                triplets.add("x86_64-linux-gnu");
                break;
            case "aarch64":
            case "arm64":
                triplets.add("aarch64-linux-gnu");
                break;
            case "arm":
                triplets.add("arm-linux-gnueabihf");
                break;
            case "x86":
            case "i386":
            case "i686":
                triplets.add("i386-linux-gnu");
                break;
            case "ppc64le":
                triplets.add("powerpc64le-linux-gnu");
                break;
            case "s390x":
                triplets.add("s390x-linux-gnu");
                break;
            case "riscv64":
                triplets.add("riscv64-linux-gnu");
                break;
            default:
                break;
        }
        List<Path> directories = new ArrayList<>();
        for (String triplet : triplets) {
            directories.add(Path.of("/usr/lib", triplet));
            directories.add(Path.of("/lib", triplet));
        }
        for (String generic : List.of("/usr/lib64", "/usr/lib", "/lib64", "/lib", "/usr/local/lib")) {
            directories.add(Path.of(generic));
        }
        return directories;
    }

    /**
     * The first library file present, trying {@code libpcsclite.so.1} then {@code libpcsclite.so} in
     * each directory in turn.
     *
     * @param directories where to look, in order
     * @return the library, or empty if none is there
     */
    static Optional<Path> find(List<Path> directories) {
        for (Path directory : directories) {
            for (String name : NAMES) {
                Path candidate = directory.resolve(name);
                if (Files.isRegularFile(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}
