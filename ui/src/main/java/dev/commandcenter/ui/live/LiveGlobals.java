package dev.commandcenter.ui.live;

import io.quarkus.qute.TemplateGlobal;

/** Lets the layout name the live version its page was computed after ({@code {liveVersion}}). */
@TemplateGlobal
public final class LiveGlobals {

    static final ThreadLocal<String> RENDERING = new ThreadLocal<>();

    private LiveGlobals() {}

    static String liveVersion() {
        String version = RENDERING.get();
        return version == null ? "" : version;
    }
}
