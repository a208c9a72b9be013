package org.jenode.base;

import java.util.function.Function;

/** A component program under its binary name, as init's {@code <binary name>} refers to it. */
public record Binary(String name, Function<Env, ? extends Component> constructor) { }
