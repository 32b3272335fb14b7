package dev.mcpkit.jreleaser;

import org.jreleaser.model.internal.JReleaserModel;
import org.jreleaser.model.internal.deploy.maven.MavenCentralMavenDeployer;

/**
 * The Maven Central deployers of a dry run. Before uploading, JReleaser 1.25.0 asks Central whether each staged file
 * is published already (an HTTP HEAD on the deployer's {@code verifyUrl}), in a dry run too, and fails when it cannot
 * ask; Central's rules ({@code applyMavenCentralRules}, on unless set) point that URL at Maven Central itself whenever
 * it is blank. A dry run gives the deployer what the rules would (signatures, checksums, POM verification, unless
 * set), then turns the rules off and clears the URL. The rules' checks of the staged files (a jar's sources and
 * javadoc, the POM's metadata) run either way.
 */
final class CentralDeployers {
    private CentralDeployers() {
    }

    /** Keeps every Maven Central deployer from asking Central anything; returns whether one would have. */
    static boolean skipExistenceCheck(JReleaserModel model) {
        boolean any = false;
        for (MavenCentralMavenDeployer deployer : model.getDeploy().getMaven().getMavenCentral().values()) {
            boolean rules = !deployer.isApplyMavenCentralRulesSet() || deployer.isApplyMavenCentralRules();
            if (rules) {
                if (!deployer.isSignSet()) {
                    deployer.setSign(true);
                }
                if (!deployer.isChecksumsSet()) {
                    deployer.setChecksums(true);
                }
                if (!deployer.isVerifyPomSet()) {
                    deployer.setVerifyPom(true);
                }
            }
            String url = deployer.getVerifyUrl();
            any |= rules || url != null && !url.isBlank();
            deployer.setApplyMavenCentralRules(false);
            deployer.setVerifyUrl("");
        }
        return any;
    }
}
