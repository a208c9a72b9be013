package org.jenode.decorator;

import org.jenode.base.xml.XmlNode;

/**
 * The decorator's config ROM:
 * <pre>{@code
 * <config renderer="themed" theme="flat">
 *   <policy label_prefix="wm -> terminal" color="#335577"/>
 *   <policy label="wm -> backdrop" decoration="no"/>
 * </config>
 * }</pre>
 * {@code renderer} defaults to the binary's own ({@code decorator}: motif, {@code themed_decorator}:
 * themed); {@code theme} names the theme's ROM folder ({@code theme/<name>/...}), absent for Genode's
 * plain {@code theme/...}.
 */
public record DecoratorConfig(RendererKind renderer, String theme, TitlePolicy policy) {

    /** The whole config or an error at the node that is wrong. */
    static DecoratorConfig parse(XmlNode config, RendererKind fallback) {
        RendererKind renderer = fallback;
        if (config.has("renderer")) {
            String name = config.required("renderer");
            renderer = RendererKind.named(name)
                    .orElseThrow(() -> config.error("renderer=\"" + name + "\" is neither motif nor themed"));
        }
        String theme = config.attribute("theme", "");
        if (theme.contains(" -> ") || theme.startsWith("/") || theme.endsWith("/"))
            throw config.error("theme=\"" + theme + "\" is no folder name");
        return new DecoratorConfig(renderer, theme, TitlePolicy.parse(config));
    }

    /** The name of the theme's ROM module {@code file}: {@code theme/<theme>/<file>}, or Genode's {@code theme/<file>}. */
    public String themeRom(String file) { return theme.isEmpty() ? "theme/" + file : "theme/" + theme + "/" + file; }

    /** Whether {@code other} needs another renderer than this config (as opposed to other policies only). */
    boolean sameLook(DecoratorConfig other) {
        return renderer == other.renderer && (renderer == RendererKind.MOTIF || theme.equals(other.theme));
    }
}
