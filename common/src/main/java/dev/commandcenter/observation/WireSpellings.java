package dev.commandcenter.observation;

import java.util.Locale;

/**
 * Each constant's wire name, spelled once per enum. States and verdicts are spelled in every row of every
 * view, snapshot and memo: one string per constant, instead of a new one per call that a memo then keeps.
 */
final class WireSpellings {

    private static final ClassValue<String[]> BY_ORDINAL = new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
            Object[] constants = type.getEnumConstants();
            String[] spelled = new String[constants.length];
            for (int i = 0; i < constants.length; i++) {
                spelled[i] = spelled(((Enum<?>) constants[i]).name());
            }
            return spelled;
        }
    };

    private WireSpellings() {}

    static String of(Enum<?> constant) {
        return BY_ORDINAL.get(constant.getDeclaringClass())[constant.ordinal()];
    }

    static String spelled(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
