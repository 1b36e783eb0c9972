/* relations_json.c: the JSON of a network and of blocs, one writer for
 * `dyad network --json`, `dyad blocs --json` and dyad serve's /api/network
 * and /api/blocs (docs/relations.md describes the fields). */
#include "output/output.h"
#include <jansson.h>

json_t *dy_out_network_json(const dy_network *net, const char *from, const char *to, const char *actors)
{
    json_t *root = json_object(), *nodes = json_array(), *edges = json_array();
    if (!root || !nodes || !edges) {
        json_decref(root);
        json_decref(nodes);
        json_decref(edges);
        return NULL;
    }
    json_object_set_new(root, "from", from ? json_string(from) : json_null());
    json_object_set_new(root, "to", to ? json_string(to) : json_null());
    json_object_set_new(root, "actors", json_string(actors));
    json_object_set_new(root, "directed", json_boolean(dy_network_directed(net)));
    for (size_t i = 0; i < dy_network_node_count(net); i++) {
        const dy_net_node *n = dy_network_node(net, i);
        json_array_append_new(nodes, json_pack("{s:s, s:I, s:f, s:f}", "id", n->id, "events",
                                               (json_int_t)n->events, "cooperation", n->coop,
                                               "conflict", n->conflict));
    }
    for (size_t i = 0; i < dy_network_edge_count(net); i++) {
        const dy_net_edge *e = dy_network_edge(net, i);
        json_array_append_new(edges, json_pack("{s:s, s:s, s:I, s:f, s:f, s:f, s:f, s:f, s:f, s:f, s:f, s:f}",
            "source", dy_network_node(net, e->a)->id, "target", dy_network_node(net, e->b)->id,
            "events", (json_int_t)e->events, "weight", e->weight,
            "verbal_coop", e->quad[1], "material_coop", e->quad[2],
            "verbal_conflict", e->quad[3], "material_conflict", e->quad[4],
            "neutral", e->quad[0], "goldstein", e->goldstein,
            "cooperation", e->coop, "conflict", e->conflict));
    }
    json_object_set_new(root, "nodes", nodes);
    json_object_set_new(root, "edges", edges);
    /* a failed append leaves an array short: report it as out of memory */
    if (json_array_size(nodes) != dy_network_node_count(net) || json_array_size(edges) != dy_network_edge_count(net)) {
        json_decref(root);
        return NULL;
    }
    return root;
}

json_t *dy_out_blocs_json(const dy_blocs *b, const char *from, const char *to, long min_events)
{
    json_t *root = json_object(), *groups = json_array();
    if (!root || !groups) {
        json_decref(root);
        json_decref(groups);
        return NULL;
    }
    json_object_set_new(root, "from", from ? json_string(from) : json_null());
    json_object_set_new(root, "to", to ? json_string(to) : json_null());
    json_object_set_new(root, "min_events", json_integer(min_events));
    json_object_set_new(root, "actors", json_integer((json_int_t)b->n_actors));
    json_object_set_new(root, "pairs", json_integer((json_int_t)b->pairs));
    for (size_t g = 0; g < b->n_groups; g++) {
        json_t *m = json_array();
        for (size_t i = b->groups[g].first; i < b->groups[g].first + b->groups[g].n; i++)
            json_array_append_new(m, json_string(b->actors[i]));
        json_array_append_new(groups, json_pack("{s:o, s:f, s:f}", "members", m, "within",
                                                b->groups[g].within, "across", b->groups[g].across));
    }
    json_object_set_new(root, "groups", groups);
    json_object_set_new(root, "total_weight", json_real(b->total));
    json_object_set_new(root, "frustration", json_real(b->frustration));
    json_object_set_new(root, "agreement", json_real(b->agreement));
    json_object_set_new(root, "method", json_pack("{s:s, s:i, s:I}", "name",
        "correlation clustering by local search", "restarts", b->restarts, "seed", (json_int_t)b->seed));
    if (json_array_size(groups) != b->n_groups) {
        json_decref(root);
        return NULL;
    }
    return root;
}
