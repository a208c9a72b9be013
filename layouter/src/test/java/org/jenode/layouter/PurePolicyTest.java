package org.jenode.layouter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.classfile.constantpool.ClassEntry;
import java.lang.classfile.constantpool.MemberRefEntry;
import java.lang.classfile.constantpool.Utf8Entry;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layouter never sees a pixel or a client's input, by construction: checked on its compiled
 * classes, so that no import trick or fully qualified name gets past it. Of its session at the wm it
 * uses the input and the mode (the size of its domain, a value) alone, which where no {@code displays}
 * ROM is routed (Genode 15.08's configs) is the screen; it refers to nothing that draws, holds pixels or
 * makes views (of the framebuffer's types only the {@code Mode}, a size); and its model and formats
 * refer to no session at all.
 */
class PurePolicyTest {

    /** The framebuffer package's one value the layouter may name: the mode its session reports. */
    private static final String MODE = "org/jenode/framebuffer/Mode";

    private static final List<String> NEVER = List.of("org/jenode/framebuffer/", "org/jenode/base/gfx/",
            "org/jenode/nitpicker/server/", "org/jenode/nitpicker/ViewHandle", "org/jenode/nitpicker/ViewCapability",
            "org/jenode/nitpicker/Command", "org/jenode/nitpicker/SessionControl");

    private static final List<String> NOT_IN_THE_MODEL = List.of("org/jenode/nitpicker/", "org/jenode/base/Env",
            "org/jenode/base/rom/", "org/jenode/base/report/", "org/jenode/input/InputSession", "org/jenode/input/InputQueue");

    /** A class named in a descriptor or signature. */
    private static final Pattern DESCRIBED = Pattern.compile("L(org/jenode/[\\w/$]+)[;<]");

    @Test
    void ofItsGuiSessionTheLayouterUsesTheInputAndTheModeAlone() throws Exception {
        List<String> uses = new ArrayList<>();
        for (ClassModel c : classes()) {
            for (var entry : c.constantPool()) {
                if (entry instanceof MemberRefEntry m && m.owner().asInternalName().equals("org/jenode/nitpicker/NitpickerSession"))
                    uses.add(m.name().stringValue());
            }
        }
        assertThat(uses).contains("input").containsOnly("input", "mode", "modeSigh");
    }

    @Test
    void nothingThatDrawsOrMakesViewsIsReferred() throws Exception {
        List<String> violations = new ArrayList<>();
        for (ClassModel c : classes())
            for (String ref : references(c))
                if (!ref.equals(MODE) && NEVER.stream().anyMatch(ref::startsWith))
                    violations.add(c.thisClass().asInternalName() + " -> " + ref);
        assertThat(violations).isEmpty();
    }

    @Test
    void theModelAndTheFormatsKnowNoSession() throws Exception {
        List<String> violations = new ArrayList<>();
        for (ClassModel c : classes()) {
            String name = c.thisClass().asInternalName();
            if (!name.startsWith("org/jenode/layouter/model/") && !name.startsWith("org/jenode/layouter/format/")) continue;
            for (String ref : references(c))
                if (NOT_IN_THE_MODEL.stream().anyMatch(ref::startsWith)) violations.add(name + " -> " + ref);
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void theCheckSeesTheClasses() throws Exception {
        assertThat(classes()).extracting(c -> c.thisClass().asInternalName())
                .contains("org/jenode/layouter/WmInput", "org/jenode/layouter/model/Layout");
        ClassModel wmInput = classes().stream().filter(c -> c.thisClass().asInternalName().endsWith("/WmInput")).findFirst().orElseThrow();
        assertThat(references(wmInput)).contains("org/jenode/nitpicker/NitpickerSession", "org/jenode/input/InputSession");
    }

    /** Every class a class names: those it loads, and those in the descriptors of what it declares and calls. */
    private static List<String> references(ClassModel c) {
        List<String> refs = new ArrayList<>();
        for (var entry : c.constantPool()) {
            if (entry instanceof ClassEntry e) refs.add(e.asInternalName());
            if (entry instanceof Utf8Entry u) {
                Matcher m = DESCRIBED.matcher(u.stringValue());
                while (m.find()) refs.add(m.group(1));
            }
        }
        return refs;
    }


    /** The layouter's main classes, as the build compiled them. */
    private static List<ClassModel> classes() throws IOException, URISyntaxException {
        Path root = Path.of(FloatingWindowLayouter.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(root)) {
            List<ClassModel> models = new ArrayList<>();
            for (Path f : files.filter(f -> f.toString().endsWith(".class") && !f.endsWith("module-info.class")).toList())
                models.add(ClassFile.of().parse(Files.readAllBytes(f)));
            return models;
        }
    }
}
