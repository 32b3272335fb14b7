package dev.mcpkit.jreleaser;

import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jreleaser.model.Active;
import org.jreleaser.model.internal.JReleaserModel;
import org.jreleaser.model.internal.packagers.Packager;
import org.jreleaser.model.internal.packagers.Packagers;
import org.jreleaser.model.internal.packagers.RepositoryPackager;

/**
 * The repositories that packagers publish to (a Homebrew tap, a Scoop bucket, a JBang catalog...). JReleaser
 * 1.25.0 skips only the final push in a dry run: before it, it looks each repository up on GitHub, creates it
 * when missing and clones it. A dry run of the bridge turns them off; the packagers still write their files.
 */
final class PackagerRepositories {
    private PackagerRepositories() {
    }

    /** Turns every packager repository off, globally and per distribution; returns the packagers concerned. */
    static Set<String> turnOff(JReleaserModel model) {
        Set<String> turnedOff = new TreeSet<>();
        Stream.concat(Stream.of(model.getPackagers()), model.getDistributions().values().stream())
                .flatMap(PackagerRepositories::packagers)
                .filter(RepositoryPackager.class::isInstance)
                .map(RepositoryPackager.class::cast)
                .forEach(packager -> {
                    packager.getRepositoryTap().setActive(Active.NEVER);
                    if (packager.isActiveSet() && packager.getActive() != Active.NEVER) {
                        turnedOff.add(packager.getType());
                    }
                });
        return turnedOff;
    }

    private static Stream<Packager<?>> packagers(Packagers<?> packagers) {
        return Arrays.<Packager<?>>asList(
                packagers.getAppImage(), packagers.getAsdf(), packagers.getBrew(), packagers.getChocolatey(),
                packagers.getDocker(), packagers.getFlatpak(), packagers.getGofish(), packagers.getJbang(),
                packagers.getJib(), packagers.getMacports(), packagers.getScoop(), packagers.getSdkman(),
                packagers.getSnap(), packagers.getSpec(), packagers.getWinget())
                .stream()
                .filter(Objects::nonNull);
    }
}
