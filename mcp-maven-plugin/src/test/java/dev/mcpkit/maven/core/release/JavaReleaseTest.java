package dev.mcpkit.maven.core.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Which release a server needs, from what its POM declares, the way the compiler would read the same POM. */
class JavaReleaseTest {

    private static final int BUILD_JDK = 25;

    private static JavaRelease decide(String compilerRelease, String releaseProperty, String compilerTarget, String targetProperty,
                                      String toolchain) {
        return JavaRelease.decide(null, new DeclaredRelease(compilerRelease, releaseProperty, compilerTarget, targetProperty, toolchain),
                BUILD_JDK);
    }

    @Test
    void theCompilerPluginsReleaseAloneDecidesNotTheJdkRunningTheBuild() {
        assertThat(decide("17", null, null, null, null)).isEqualTo(new JavaRelease(17, "maven-compiler-plugin <release>"));
    }

    @Test
    void theReleasePropertyDecidesWhenTheCompilerConfigurationHasNone() {
        assertThat(decide(null, " 21 ", null, null, null)).isEqualTo(new JavaRelease(21, "maven.compiler.release"));
    }

    @Test
    void theCompilerConfigurationWinsOverThePropertyAsInTheCompilerPlugin() {
        assertThat(decide("17", "21", null, null, null).feature()).isEqualTo(17);
    }

    @Test
    void aReleaseWinsOverATargetAsJavacIgnoresTheTargetWithRelease() {
        assertThat(decide(null, "17", "21", "21", null).feature()).isEqualTo(17);
    }

    @Test
    void aTargetDecidesWithoutARelease() {
        assertThat(decide(null, null, "18", "21", null)).isEqualTo(new JavaRelease(18, "maven-compiler-plugin <target>"));
        assertThat(decide(null, null, null, "1.8", null)).isEqualTo(new JavaRelease(8, "maven.compiler.target"));
    }

    @Test
    void aToolchainDecidesWithoutReleaseOrTargetByTheLowestVersionItAccepts() {
        assertThat(decide(null, null, null, null, "17").feature()).isEqualTo(17);
        assertThat(decide(null, null, null, null, "[17,)").feature()).isEqualTo(17);
        assertThat(decide(null, null, null, null, "[21,25)").feature()).isEqualTo(21);
        assertThat(decide(null, null, null, null, "[1.8]").feature()).isEqualTo(8);
        assertThat(decide(null, null, null, null, "17.0.2").source()).isEqualTo("the JDK toolchain <version> 17.0.2");
        assertThat(decide(null, "21", null, null, "[17,)").feature()).isEqualTo(21);
    }

    @Test
    void withoutAnyDeclarationTheJdkRunningTheBuildDecides() {
        assertThat(JavaRelease.decide(null, DeclaredRelease.NONE, BUILD_JDK)).isEqualTo(new JavaRelease(25, "the JDK running the build"));
        assertThat(JavaRelease.declared(DeclaredRelease.NONE)).isNull();
        // a range without a lower bound names no JDK
        assertThat(decide(null, null, null, null, "(,21]").feature()).isEqualTo(BUILD_JDK);
        assertThat(decide(" ", "", null, null, null).feature()).isEqualTo(BUILD_JDK);
    }

    @Test
    void mcpJavaReleaseOverridesThePom() {
        assertThat(JavaRelease.decide("21", new DeclaredRelease("17", null, null, null, null), BUILD_JDK))
                .isEqualTo(new JavaRelease(21, "mcp.javaRelease"));
    }

    @Test
    void aValueThatIsNoReleaseNamesWhereItWasRead() {
        assertThatThrownBy(() -> decide("seventeen", null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maven-compiler-plugin <release> is 'seventeen', not a Java release such as 17");
        assertThatThrownBy(() -> JavaRelease.decide("17+", DeclaredRelease.NONE, BUILD_JDK))
                .hasMessage("mcp.javaRelease is '17+', not a Java release such as 17");
    }
}
