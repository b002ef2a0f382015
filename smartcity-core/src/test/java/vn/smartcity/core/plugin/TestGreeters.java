package vn.smartcity.core.plugin;

/** Providers of {@link Greeter} listed in {@code META-INF/services} for the class-path test. */
final class TestGreeters {
    private TestGreeters() {}

    public static final class English implements Greeter {
        @Override
        public String id() {
            return "en";
        }

        @Override
        public String description() {
            return "English";
        }

        @Override
        public String greet(String name) {
            return "Hello, " + name;
        }
    }

    public static final class Vietnamese implements Greeter {
        @Override
        public String id() {
            return "vi";
        }

        @Override
        public String description() {
            return "Tiếng Việt";
        }

        @Override
        public String greet(String name) {
            return "Xin chào, " + name;
        }
    }

    /** Same id as {@link English}, higher priority: wins unless told otherwise. */
    public static final class FancyEnglish implements Greeter {
        @Override
        public String id() {
            return "en";
        }

        @Override
        public String description() {
            return "English, but fancier";
        }

        @Override
        public int priority() {
            return 10;
        }

        @Override
        public String greet(String name) {
            return "Good day to you, " + name;
        }
    }

    /** Its constructor throws: must be reported, not fatal. */
    public static final class Broken implements Greeter {
        public Broken() {
            throw new IllegalStateException("licence file missing");
        }

        @Override
        public String id() {
            return "broken";
        }

        @Override
        public String description() {
            return "never constructed";
        }

        @Override
        public String greet(String name) {
            return name;
        }
    }

    /** An id that breaks the rules. */
    public static final class BadId implements Greeter {
        @Override
        public String id() {
            return "Bad Id";
        }

        @Override
        public String description() {
            return "upper case and a space";
        }

        @Override
        public String greet(String name) {
            return name;
        }
    }
}
