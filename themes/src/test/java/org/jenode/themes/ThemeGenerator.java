package org.jenode.themes;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Draws Jenode's themes into their folders. The PNGs are committed; regenerate them after changing
 * a theme's code (from the repository's root, after {@code mvn -B -o test-compile -pl themes -am}):
 * <pre>{@code java -cp themes/target/test-classes org.jenode.themes.ThemeGenerator themes}</pre>
 * {@code ThemeArtworkTest} fails while the committed files differ from what the code draws.
 */
public final class ThemeGenerator {

    private ThemeGenerator() { }

    static List<ThemeArt> themes() { return List.of(FlatTheme.draw(), ShadowTheme.draw(), GlassTheme.draw()); }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        for (ThemeArt theme : themes()) {
            theme.writeTo(root.resolve(theme.name()));
            System.out.println("wrote " + root.resolve(theme.name()));
        }
    }
}
