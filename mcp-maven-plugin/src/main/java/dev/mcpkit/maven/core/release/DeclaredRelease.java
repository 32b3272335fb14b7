package dev.mcpkit.maven.core.release;

/**
 * What a POM says about the Java release its classes are compiled for, each value as Maven interpolated it, null
 * when absent. The mojo adapter reads them; {@link JavaRelease} decides.
 *
 * @param compilerRelease the maven-compiler-plugin's {@code <release>}
 * @param releaseProperty the {@code maven.compiler.release} property
 * @param compilerTarget  the maven-compiler-plugin's {@code <target>}
 * @param targetProperty  the {@code maven.compiler.target} property
 * @param toolchainJdk    the JDK version a toolchain must have: the compiler's {@code <jdkToolchain>}, else the
 *                        maven-toolchains-plugin's {@code <toolchains><jdk><version>} (a version or a range)
 */
public record DeclaredRelease(String compilerRelease, String releaseProperty, String compilerTarget, String targetProperty,
                              String toolchainJdk) {

    public static final DeclaredRelease NONE = new DeclaredRelease(null, null, null, null, null);
}
