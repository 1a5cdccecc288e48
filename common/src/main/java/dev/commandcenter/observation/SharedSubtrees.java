package dev.commandcenter.observation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.ref.WeakReference;
import java.util.Iterator;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Equal objects and arrays of decoded payloads held once. A Gitea pull request carries its base and
 * head repository and several users whole, and every pull request of a repository carries the same
 * ones: as trees they are most of a payload's memory, and equal from one payload to the next. A
 * decoded tree's equal parts are replaced by the instance already held; an instance is forgotten when
 * no tree uses it any more. Trees are only read, never changed, once shared.
 */
final class SharedSubtrees {

    /** Smaller containers cost less than the entry that would share them. */
    private static final int MIN_CHILDREN = 3;

    private final Map<JsonNode, WeakReference<JsonNode>> held = new WeakHashMap<>();

    /** The tree with its equal parts shared; the root itself is never replaced. */
    synchronized JsonNode share(JsonNode root) {
        shareChildren(root);
        return root;
    }

    private JsonNode shared(JsonNode node) {
        if (!node.isContainerNode()) {
            return node;
        }
        shareChildren(node);
        if (node.size() < MIN_CHILDREN) {
            return node;
        }
        WeakReference<JsonNode> ref = held.get(node);
        JsonNode before = ref == null ? null : ref.get();
        if (before != null) {
            return before;
        }
        held.put(node, new WeakReference<>(node));
        return node;
    }

    private void shareChildren(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.properties().iterator(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                JsonNode child = shared(field.getValue());
                if (child != field.getValue()) {
                    field.setValue(child);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                JsonNode child = shared(array.get(i));
                if (child != array.get(i)) {
                    array.set(i, child);
                }
            }
        }
    }
}
