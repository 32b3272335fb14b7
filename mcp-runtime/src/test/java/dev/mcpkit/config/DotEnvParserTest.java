package dev.mcpkit.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DotEnvParserTest {

    private static final Path FILE = Path.of("/srv/app/.env");

    private static DotEnvFile parse(String text) {
        return DotEnvFile.parse(text, FILE, Map.of("HOME_DIR", "/home/ann", "EMPTY", ""));
    }

    private static String value(String text, String key) {
        return parse(text).get(key).value();
    }

    @Test
    void commentsAndBlankLinesAreIgnored() {
        DotEnvFile file = parse("# a comment\n\n   \n  # indented comment\nA=1\n");
        assertThat(file.entries()).hasSize(1);
        assertThat(file.get("A").value()).isEqualTo("1");
        assertThat(file.get("A").line()).isEqualTo(5);
    }

    @Test
    void unquotedValuesAreTrimmedAndCutAtInlineComment() {
        assertThat(value("A =   hello world   # greeting\n", "A")).isEqualTo("hello world");
        assertThat(value("A=abc#not-a-comment\n", "A")).isEqualTo("abc#not-a-comment");
        assertThat(value("A=\n", "A")).isEmpty();
        assertThat(value("A=x=y\n", "A")).isEqualTo("x=y");
    }

    @Test
    void singleQuotesAreLiteral() {
        assertThat(value("A='  ${HOME_DIR} \\n # not a comment '\n", "A")).isEqualTo("  ${HOME_DIR} \\n # not a comment ");
        assertThat(value("A='x' # trailing comment\n", "A")).isEqualTo("x");
    }

    @Test
    void doubleQuotesInterpretEscapesAndExpansion() {
        assertThat(value("A=\"line1\\nline2 \\\"q\\\" back\\\\slash \\$HOME_DIR ${HOME_DIR}\"\n", "A"))
                .isEqualTo("line1\nline2 \"q\" back\\slash $HOME_DIR /home/ann");
        assertThat(value("A=\"a # b\"\n", "A")).isEqualTo("a # b");
        assertThat(value("A=\"unknown \\q escape\"\n", "A")).isEqualTo("unknown \\q escape");
    }

    @Test
    void quotedValuesMaySpanLines() {
        DotEnvFile file = parse("KEY=\"-----BEGIN\nabc\n-----END\"\nNEXT=1\n");
        assertThat(file.get("KEY").value()).isEqualTo("-----BEGIN\nabc\n-----END");
        assertThat(file.get("KEY").line()).isEqualTo(1);
        assertThat(file.get("KEY").endLine()).isEqualTo(3);
        assertThat(file.get("NEXT").line()).isEqualTo(4);
    }

    @Test
    void exportPrefixIsDropped() {
        DotEnvFile file = parse("export A=1\nexport\tB='2'\nexported=3\n");
        assertThat(file.get("A").value()).isEqualTo("1");
        assertThat(file.get("B").value()).isEqualTo("2");
        assertThat(file.get("exported").value()).isEqualTo("3");
    }

    @Test
    void crlfLineEndsAreHandled() {
        DotEnvFile file = parse("A=1\r\nB='two'\r\n# c\r\nC=\"x\r\ny\"\r\nD=four \r\n");
        assertThat(file.get("A").value()).isEqualTo("1");
        assertThat(file.get("B").value()).isEqualTo("two");
        assertThat(file.get("C").value()).isEqualTo("x\ny");
        assertThat(file.get("D").value()).isEqualTo("four");
        assertThat(file.get("D").line()).isEqualTo(6);
    }

    @Test
    void expansionUsesEarlierKeysThenTheProcessEnvironment() {
        DotEnvFile file = parse("BASE=/opt\nDIR=${BASE}/app\nHOME2=${HOME_DIR}/x\nNONE=[${UNDEFINED}]\n"
                + "FALLBACK=${UNDEFINED:-dflt}\nEMPTYFB=${EMPTY:-e}\nLATER=${LATE}\nLATE=1\n");
        assertThat(file.get("DIR").value()).isEqualTo("/opt/app");
        assertThat(file.get("HOME2").value()).isEqualTo("/home/ann/x");
        assertThat(file.get("NONE").value()).isEqualTo("[]");
        assertThat(file.get("FALLBACK").value()).isEqualTo("dflt");
        assertThat(file.get("EMPTYFB").value()).isEqualTo("e");
        assertThat(file.get("LATER").value()).isEmpty();
    }

    @Test
    void laterAssignmentOfTheSameKeyWins() {
        assertThat(value("A=1\nA=2\n", "A")).isEqualTo("2");
    }

    @Test
    void lastLineWithoutNewlineIsRead() {
        assertThat(value("A=1\nB=2", "B")).isEqualTo("2");
    }

    @Test
    void lineWithoutEqualsIsAnErrorNamingFileAndLineButNotTheText() {
        assertThatThrownBy(() -> parse("A=1\n# x\nsk-live-SECRET123\n"))
                .isInstanceOf(DotEnvException.class)
                .hasMessageStartingWith("/srv/app/.env:3: ")
                .hasMessageNotContaining("SECRET123")
                .satisfies(e -> assertThat(((DotEnvException) e).line()).isEqualTo(3));
    }

    @Test
    void unterminatedQuoteIsAnErrorAtTheOpeningLineWithoutTheValue() {
        assertThatThrownBy(() -> parse("A=1\nTOKEN=\"s3cr3t-value\nB=2\n"))
                .isInstanceOf(DotEnvException.class)
                .hasMessageStartingWith("/srv/app/.env:2: ")
                .hasMessageContaining("TOKEN")
                .hasMessageNotContaining("s3cr3t-value");
        assertThatThrownBy(() -> parse("TOKEN='s3cr3t-value\n"))
                .hasMessageStartingWith("/srv/app/.env:1: ")
                .hasMessageNotContaining("s3cr3t");
    }

    @Test
    void textAfterClosingQuoteIsAnErrorWithoutTheValue() {
        assertThatThrownBy(() -> parse("\n\nTOKEN='abc'def-secret\n"))
                .hasMessageStartingWith("/srv/app/.env:3: ")
                .hasMessageNotContaining("def-secret");
    }

    @Test
    void invalidKeyAndUnterminatedExpansionAreErrors() {
        assertThatThrownBy(() -> parse("1A=x\n")).hasMessageStartingWith("/srv/app/.env:1: ");
        assertThatThrownBy(() -> parse("A B=x\n")).hasMessageStartingWith("/srv/app/.env:1: ").hasMessageContaining("'='");
        assertThatThrownBy(() -> parse("ok=1\nA=${OPEN secret-stuff\n"))
                .hasMessageStartingWith("/srv/app/.env:2: ")
                .hasMessageNotContaining("secret-stuff");
    }

    @Test
    void entryToStringLeavesTheValueOut() {
        assertThat(parse("TOKEN=hunter2-very-secret\n").get("TOKEN").toString()).doesNotContain("hunter2");
    }
}
