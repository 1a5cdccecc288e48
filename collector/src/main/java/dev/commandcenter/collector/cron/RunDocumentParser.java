package dev.commandcenter.collector.cron;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DateTimeException;
import java.time.ZoneId;

/** Reads the outcome of one cron run from its Markdown document's first lines. */
final class RunDocumentParser {

    private RunDocumentParser() {}

    /** {@code {"file", "run_at", "result"}}, result being {@code ok}, {@code failed} or {@code silent}. */
    static ObjectNode parse(HermesFiles.RunDocument document, ZoneId zone) {
        ObjectNode run = JsonNodeFactory.instance.objectNode();
        run.put("file", document.fileName());
        try {
            run.put("run_at", HermesTime.runFileTime(document.fileName(), zone).toString());
        } catch (DateTimeException e) {
            run.putNull("run_at");
        }
        run.put("result", result(document.head()));
        return run;
    }

    static String result(String head) {
        String firstLine = head.lines().findFirst().orElse("");
        if (firstLine.endsWith("(FAILED)") || head.contains("**Status:** script failed")) {
            return "failed";
        }
        if (head.contains("**Status:** silent")) {
            return "silent";
        }
        return "ok";
    }
}
