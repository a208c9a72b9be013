/**
 * The {@code jenode} command, which runs a scenario file. It knows no component: the binaries of a
 * scenario are the {@code BinaryCatalog}s that the modules on its module path provide, so this module
 * reads only base (for the root of a run, {@code org.jenode.base.core}) and picocli.
 */
module org.jenode.scenarios {
    requires org.jenode.base;
    requires info.picocli;

    opens org.jenode.scenarios to info.picocli; // picocli sets the options' fields
}
