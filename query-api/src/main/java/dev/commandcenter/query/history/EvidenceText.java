package dev.commandcenter.query.history;

import java.util.ArrayList;
import java.util.List;

/** Evidence as the state ledger stores it: {@code o<seq>,<seq>;r<read id>,<read id>}. */
final class EvidenceText {

    private EvidenceText() {}

    static String of(Evidence evidence) {
        return "o" + join(evidence.observations()) + ";r" + join(evidence.reads());
    }

    static Evidence parse(String text) {
        int split = text.indexOf(';');
        return new Evidence(numbers(text.substring(1, split)), numbers(text.substring(split + 2)));
    }

    private static String join(List<Long> numbers) {
        StringBuilder out = new StringBuilder();
        for (Long n : numbers) {
            if (out.length() > 0) {
                out.append(',');
            }
            out.append(n);
        }
        return out.toString();
    }

    private static List<Long> numbers(String text) {
        List<Long> numbers = new ArrayList<>();
        if (!text.isEmpty()) {
            for (String n : text.split(",")) {
                numbers.add(Long.parseLong(n));
            }
        }
        return List.copyOf(numbers);
    }
}
