package dev.mcpkit.classfile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mcpkit.Arg;
import dev.mcpkit.ServerInfo;
import dev.mcpkit.Setting;
import dev.mcpkit.SettingType;
import dev.mcpkit.Tool;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Annotations read from class files agree with what reflection reads. */
class AnnotationsTest {

    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE_USE})
    @interface Nullable {
    }

    @ServerInfo(name = "ünïcode-sërver", instructions = "Température en °C — 日本語 \u0000 nul")
    static class Sample {
        @Setting(description = "Durée", type = SettingType.DURATION, defaultValue = "5s")
        String TIMEOUT;

        int counter;

        public String plain(String a) {
            return a;
        }

        @Tool(description = "Deux mots", readOnly = true, destructive = false, settings = {"A", "B"})
        public String tool(@Arg(description = "Ville", min = -1.5, max = 1e6, minLength = 2, completions = {"x", "ÿ"}) String city,
                           @Nullable String maybe, long plain) {
            return city;
        }
    }

    record Point(@Arg(description = "abscisse") int x, @Nullable Integer y) {
    }

    @Test
    void classFileValuesMatchReflection() throws Exception {
        Method m = Sample.class.getDeclaredMethod("tool", String.class, String.class, long.class);
        Tool fromFile = Annotations.tool(m);
        Tool reflected = m.getAnnotation(Tool.class);
        assertThat(fromFile.description()).isEqualTo(reflected.description());
        assertThat(fromFile.readOnly()).isTrue();
        assertThat(fromFile.destructive()).isFalse();
        assertThat(fromFile.openWorld()).isTrue();
        assertThat(fromFile.settings()).containsExactly("A", "B");

        Arg arg = Annotations.arg(m, 0);
        Arg reflectedArg = m.getParameters()[0].getAnnotation(Arg.class);
        assertThat(arg.description()).isEqualTo(reflectedArg.description());
        assertThat(arg.min()).isEqualTo(-1.5);
        assertThat(arg.max()).isEqualTo(1e6);
        assertThat(arg.minLength()).isEqualTo(2);
        assertThat(arg.maxLength()).isEqualTo(-1);
        assertThat(arg.defaultValue()).isEqualTo(Arg.NO_DEFAULT);
        assertThat(arg.completions()).containsExactly("x", "ÿ");
        assertThat(Annotations.arg(m, 2)).isNull();
        assertThat(Annotations.isNullable(m, 1)).isTrue();
        assertThat(Annotations.isNullable(m, 0)).isFalse();

        ServerInfo info = Annotations.serverInfo(Sample.class);
        assertThat(info.name()).isEqualTo("ünïcode-sërver");
        assertThat(info.instructions()).isEqualTo(Sample.class.getAnnotation(ServerInfo.class).instructions());

        Setting setting = Annotations.setting(Sample.class.getDeclaredField("TIMEOUT"));
        assertThat(setting.type()).isEqualTo(SettingType.DURATION);
        assertThat(setting.defaultValue()).isEqualTo("5s");
        assertThat(setting.secret()).isFalse();
    }

    @Test
    void recordComponentsCarryArgAndNullable() {
        var components = Point.class.getRecordComponents();
        assertThat(Annotations.arg(components[0]).description()).isEqualTo("abscisse");
        assertThat(Annotations.arg(components[1])).isNull();
        assertThat(Annotations.isNullable(components[0])).isFalse();
        assertThat(Annotations.isNullable(components[1])).isTrue();
    }

    @Test
    void literalsCompareByValue() throws Exception {
        Method m = Sample.class.getDeclaredMethod("tool", String.class, String.class, long.class);
        assertThat(Annotations.tool(m)).isEqualTo(Annotations.tool(m)).hasSameHashCodeAs(Annotations.tool(m));
        assertThat(List.of(Annotations.tool(m).toString())).allMatch(s -> s.startsWith("@dev.mcpkit.Tool"));
    }

    @Test
    void onlyAnnotatedMembersAreRecordedAndOthersReadAsUnannotated() throws Exception {
        ClassAnnotations ca;
        try (var in = Sample.class.getResourceAsStream("AnnotationsTest$Sample.class")) {
            ca = ClassFileReader.read(in.readAllBytes());
        }
        assertThat(ca.methods()).containsOnlyKeys("tool(Ljava/lang/String;Ljava/lang/String;J)Ljava/lang/String;");
        assertThat(ca.annotatedMethodNames()).containsExactly("tool");
        assertThat(ca.fields()).containsOnlyKeys("TIMEOUT");

        Method plain = Sample.class.getDeclaredMethod("plain", String.class);
        assertThat(Annotations.tool(plain)).isNull();
        assertThat(Annotations.arg(plain, 0)).isNull();
        assertThat(Annotations.isNullable(plain, 0)).isFalse();
        assertThat(Annotations.setting(Sample.class.getDeclaredField("counter"))).isNull();
        assertThat(Annotations.arg(Sample.class.getDeclaredField("counter"))).isNull();
    }
}
