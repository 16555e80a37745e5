package examgen.cli;

import java.nio.file.Path;

/** Where examgen lives: the launcher passes its folder, so the shipped bank, templates and output/ are found from anywhere. */
final class Home {

    private Home() {
    }

    static Path resolve(String name) {
        return Path.of(System.getProperty("examgen.home", ".")).resolve(name);
    }
}
