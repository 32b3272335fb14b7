package dev.mcpkit.maven.core.validate.checks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.mcpkit.maven.core.describe.ServerDescriptor;
import dev.mcpkit.maven.core.describe.Setting;
import dev.mcpkit.maven.core.validate.Category;
import dev.mcpkit.maven.core.validate.Check;
import dev.mcpkit.maven.core.validate.Findings;
import dev.mcpkit.maven.core.validate.ProjectModel;

/** Users copy .env.example to .env: it must name every setting the server declares. */
public final class EnvExampleCheck implements Check {

    private static final Pattern KEY = Pattern.compile("(?m)^\\s*#?\\s*(?:export\\s+)?([A-Za-z_][A-Za-z0-9_.]*)\\s*=");

    @Override
    public String id() {
        return "security.env-example";
    }

    @Override
    public Category category() {
        return Category.SECURITY;
    }

    @Override
    public String title() {
        return ".env.example lists every setting";
    }

    @Override
    public void run(ProjectModel model, Findings findings) {
        ServerDescriptor d = Described.orNote(model, findings);
        if (d == null) {
            return;
        }
        Path example = model.layout().basedir().resolve(".env.example");
        if (!Files.isRegularFile(example)) {
            findings.error(".env.example is missing",
                    "add .env.example with one KEY= line per setting" + (d.settings().isEmpty() ? " (an empty file when there are none)" : ": " + keys(d)));
            return;
        }
        Set<String> listed = new HashSet<>();
        try {
            Matcher m = KEY.matcher(Files.readString(example));
            while (m.find()) {
                listed.add(m.group(1));
            }
        } catch (IOException e) {
            findings.error("cannot read .env.example: " + e.getMessage(), "check the file's permissions");
            return;
        }
        for (Setting s : d.settings()) {
            if (!listed.contains(s.key())) {
                findings.error(".env.example does not list the setting " + s.key(),
                        "add a line '" + s.key() + "=' to .env.example" + (s.description() == null ? "" : " with a comment: # " + s.description()));
            }
        }
    }

    private static String keys(ServerDescriptor d) {
        StringBuilder b = new StringBuilder();
        for (Setting s : d.settings()) {
            b.append(b.length() == 0 ? "" : ", ").append(s.key());
        }
        return b.toString();
    }
}
