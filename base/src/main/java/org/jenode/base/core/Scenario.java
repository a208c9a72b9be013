package org.jenode.base.core;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jenode.base.xml.XmlLocation;
import org.jenode.base.xml.XmlNode;
import org.jenode.base.xml.XmlParser;

/**
 * A scenario file: the system's RAM, its ROM modules and the root init's config.
 *
 * <pre>{@code
 * <scenario ram="512M">
 *   <rom name="fb.config"> <config width="1024" height="768"/> </rom>   <!-- inline XML -->
 *   <rom name="motd">Welcome</rom>                                       <!-- inline text -->
 *   <rom name="wallpaper.png" file="images/wallpaper.png"/>               <!-- a file, watched -->
 *   <config> ...init's config... </config>
 * </scenario>
 * }</pre>
 *
 * File names are relative to the scenario's folder.
 */
public record Scenario(XmlNode root, Path folder, long ram, Map<String, RomSource> roms, XmlNode init) {

    public static final long DEFAULT_RAM = 1L << 30;

    /** Where a ROM module's content comes from. */
    public sealed interface RomSource permits Inline, FromFile { }

    /** Content written in the scenario: XML, or text when the node has no element inside. */
    public record Inline(String content) implements RomSource { }

    /** Content of a file, re-read when the file changes; {@code declaredAt} is where its {@code <rom>} is. */
    public record FromFile(Path file, XmlLocation declaredAt) implements RomSource { }

    public static Scenario load(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        return of(XmlParser.parse(file), folder);
    }

    public static Scenario parse(String text, String source, Path folder) {
        return of(XmlParser.parse(text, source), folder);
    }

    private static Path file(Path folder, XmlNode rom) {
        try {
            return folder.resolve(rom.required("file"));
        } catch (InvalidPathException e) {
            throw rom.error("file=\"" + rom.attribute("file", "") + "\" is not a path: " + e.getReason());
        }
    }

    private static Scenario of(XmlNode root, Path folder) {
        if (!root.is("scenario")) throw root.error("a scenario's root element is <scenario>");
        Map<String, RomSource> roms = new LinkedHashMap<>();
        XmlNode init = null;
        for (XmlNode node : root.children()) {
            switch (node.type()) {
                case "rom" -> {
                    String name = node.required("name");
                    RomSource source;
                    if (node.has("file")) source = new FromFile(file(folder, node), node.location());
                    else if (node.children().size() == 1) source = new Inline(node.children().get(0).toLocatedXml());
                    else if (node.children().isEmpty()) source = new Inline(node.text());
                    else throw node.error("an inline ROM holds one element or text");
                    if (roms.put(name, source) != null) throw node.error("duplicate ROM module '" + name + "'");
                }
                case "config" -> {
                    if (init != null) throw node.error("a scenario has one init <config>");
                    init = node;
                }
                default -> throw node.error("unknown element (expected <rom> or <config>)");
            }
        }
        if (init == null) throw root.error("missing init <config>");
        return new Scenario(root, folder, root.sizeAttribute("ram", DEFAULT_RAM), roms, init);
    }
}
