package vn.smartcity.core.plugin;

/** A test extension type. */
public interface Greeter extends Plugin {
    String greet(String name);
}
