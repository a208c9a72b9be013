package org.jenode.decorator;

import java.util.Optional;
import org.jenode.base.Env;
import org.jenode.base.SignalHandler;
import org.jenode.decorator.motif.MotifRenderer;
import org.jenode.decorator.themed.ThemeRoms;
import org.jenode.decorator.themed.ThemedRenderer;

/**
 * Makes the renderer a config asks for. A themed one reads its theme from ROM modules, which stay open
 * while it is in use so that changing them signals {@code themeChanged}.
 */
final class Looks {

    private final Env env;
    private final SignalHandler themeChanged;
    private Optional<ThemeRoms> roms = Optional.empty();

    Looks(Env env, SignalHandler themeChanged) {
        this.env = env;
        this.themeChanged = themeChanged;
    }

    /**
     * The renderer of {@code config}; the previous theme's ROMs are closed only once the new one loaded.
     *
     * @throws org.jenode.decorator.themed.ThemeException if a theme ROM is missing or no image
     * @throws org.jenode.base.xml.XmlException if the theme's metadata is malformed
     */
    Renderer load(DecoratorConfig config) {
        return switch (config.renderer()) {
            case MOTIF -> {
                replace(Optional.empty());
                yield new MotifRenderer();
            }
            case THEMED -> {
                ThemeRoms next = new ThemeRoms(env, config::themeRom, themeChanged);
                replace(Optional.of(next));
                yield new ThemedRenderer(next.theme());
            }
        };
    }

    private void replace(Optional<ThemeRoms> next) {
        roms.ifPresent(ThemeRoms::close);
        roms = next;
    }
}
