package org.jenode.base.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.jenode.base.Binary;
import org.junit.jupiter.api.Test;

/**
 * Which of this JVM's modules a child's JVM gets, and how this JVM's module options are cut down to
 * them. (That a desktop's children resolve only their programs' modules, and start from the cache of
 * those, is {@code ChildAotCacheTest}'s, in JVMs that patch nothing.)
 */
class ChildModulesTest {

    private final ChildModules modules = new ChildModules(List.of(Path.of("/m/base.jar"), Path.of("/m/nitpicker.jar")),
            Set.of("org.jenode.base", "org.jenode.nitpicker"));

    @Test
    void baseBringsWhatItRequiresAndNeitherTheComponentsNorALoggingBackend() {
        ChildModules of = ChildModules.of(List.of(Binary.class.getModule())).orElseThrow();
        assertThat(of.names()).containsExactlyInAnyOrder("org.jenode.base", "com.ctc.wstx", "org.codehaus.stax2", "org.slf4j");
        assertThat(of.path()).hasSize(4);
        assertThat(of.has("java.desktop")).as("the runtime image's modules are always there").isTrue();
        assertThat(of.has("org.lwjgl.natives")).isFalse();
    }

    @Test
    void aProgramOutsideTheBootLayerOrInAJarGetsTheWholeModulePath() {
        assertThat(ChildModules.of(List.of(getClass().getClassLoader().getUnnamedModule()))).isEmpty();
        assertThat(ChildModules.of(new Binary("plugin", new Binary.Jar(Path.of("plugin.jar"), "plugin")))).isEmpty();
        assertThat(ChildModules.of(new Binary("probe", env -> null))).as("this JVM patches its test classes in").isEmpty();
    }

    @Test
    void theModulePathIsTheChildsOwn() {
        assertThat(modules.option("--module-path=/m/base.jar:/m/nitpicker.jar:/m/terminal.jar:/m/pty4j.jar"))
                .contains("--module-path=/m/base.jar:/m/nitpicker.jar");
    }

    @Test
    void optionsKeepOnlyTheModulesTheChildHas() {
        assertThat(modules.option("--add-modules=org.lwjgl.natives,java.sql,ALL-SYSTEM")).contains("--add-modules=java.sql,ALL-SYSTEM");
        assertThat(modules.option("--add-modules=org.lwjgl.natives")).isEmpty();
        assertThat(modules.option("--add-opens=org.jenode.base/org.jenode.base.gfx=org.jenode.terminal,ALL-UNNAMED"))
                .contains("--add-opens=org.jenode.base/org.jenode.base.gfx=ALL-UNNAMED");
        assertThat(modules.option("--add-exports=org.jenode.terminal/org.jenode.terminal.x=org.jenode.base")).isEmpty();
        assertThat(modules.option("--add-reads=org.jenode.nitpicker=org.jenode.terminal")).isEmpty();
        assertThat(modules.option("--add-reads=org.jenode.nitpicker=ALL-UNNAMED")).contains("--add-reads=org.jenode.nitpicker=ALL-UNNAMED");
    }

    @Test
    void optionsNamingNoModuleAreKept() {
        assertThat(modules.option("--sun-misc-unsafe-memory-access=allow")).contains("--sun-misc-unsafe-memory-access=allow");
        assertThat(modules.option("--illegal-access")).contains("--illegal-access");
    }
}
