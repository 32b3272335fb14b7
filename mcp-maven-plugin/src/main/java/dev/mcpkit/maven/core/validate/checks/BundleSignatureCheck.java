package dev.mcpkit.maven.core.validate.checks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import dev.mcpkit.maven.core.validate.BundleVerifier;
import dev.mcpkit.maven.core.validate.Category;
import dev.mcpkit.maven.core.validate.Check;
import dev.mcpkit.maven.core.validate.Findings;
import dev.mcpkit.maven.core.validate.ProjectModel;

/**
 * A signed {@code .mcpb} must verify: a bundle changed by one byte after signing (or signed with a broken chain) is
 * one Claude Desktop would refuse. The official mcpb CLI cannot verify signatures today, so this is where it is caught.
 * An unsigned bundle passes: {@code mcp:publish} signs it.
 */
public final class BundleSignatureCheck implements Check {

    @Override
    public String id() {
        return "packaging.bundle-signature";
    }

    @Override
    public Category category() {
        return Category.PACKAGING;
    }

    @Override
    public String title() {
        return "a signed .mcpb verifies";
    }

    @Override
    public void run(ProjectModel model, Findings findings) {
        List<Path> bundles = model.layout().packaged(".mcpb");
        if (bundles.isEmpty()) {
            findings.info("no .mcpb in target/mcp yet: run mcp:package to check it");
        }
        for (Path bundle : bundles) {
            String name = model.layout().relative(bundle);
            try {
                if (!BundleVerifier.signed(bundle)) {
                    findings.info(name + " is unsigned (mcp:publish signs it)");
                    continue;
                }
            } catch (IOException e) {
                findings.error("cannot read " + name + ": " + e.getMessage(), "run mvn clean package to write it again");
                continue;
            }
            BundleVerifier.Verdict verdict = model.bundleVerifier().verify(bundle);
            if (verdict.valid()) {
                findings.info(name + ": " + verdict.message());
            } else {
                findings.error(name + " carries a signature that does not verify: " + verdict.message(),
                        "the bundle changed after it was signed, or was signed with a broken certificate chain: run mvn clean"
                                + " package to write it again, and sign it anew (mcp:publish signs it)");
            }
        }
    }
}
