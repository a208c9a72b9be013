package org.jenode.base;

import java.nio.file.Path;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jenode.base.parent.Children;

/** A component program under its binary name, as init's {@code <binary name>} refers to it. */
public record Binary(String name, Program program) {

    /** How the program's component is constructed. */
    public sealed interface Program permits Plain, Parenting, Jar { }

    /** An ordinary component, constructed with its env. */
    public record Plain(Function<Env, ? extends Component> constructor) implements Program { }

    /** A component that is a parent: it also gets the capability to start children. */
    public record Parenting(BiFunction<Env, Children, ? extends Component> constructor) implements Program { }

    /**
     * A component in a jar of the user's, which registers it in a {@link BinaryCatalog} of its own. This
     * JVM never loads the jar's classes: the component runs only in a child in a process of its own,
     * whose JVM gets the jar on its class path and finds the component there by its name.
     *
     * @param jar  the jar file
     * @param name the binary name its catalog gives the component (an alias or a ROM module's name may differ)
     */
    public record Jar(Path jar, String name) implements Program { }

    public Binary(String name, Function<Env, ? extends Component> constructor) { this(name, new Plain(constructor)); }

    /** A binary whose component starts children of its own (init, the loader). */
    public static Binary parent(String name, BiFunction<Env, Children, ? extends Component> constructor) {
        return new Binary(name, new Parenting(constructor));
    }

    /** The same program under another name. */
    public Binary named(String newName) { return new Binary(newName, program); }
}
