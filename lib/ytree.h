/* ytree.h: a YAML document as a tree of nodes that remember where they stand in the file.
 *
 * Built from libyaml's events, never from its document loader: an alias becomes a pointer to
 * the anchored node, so an alias bomb costs one pointer per alias instead of exponential
 * copies, and nesting depth is bounded by memory rather than by the C stack. */
#ifndef GOALKIT_YTREE_H
#define GOALKIT_YTREE_H

#include <stddef.h>
#include <stdint.h>

#include "arena.h"

enum ynode_kind { YNODE_SCALAR, YNODE_SEQ, YNODE_MAP };

struct ynode {
	int line, col;          /* 1-based start; col counts code points */
	int end_line, end_col;  /* 1-based, just past the node's last character */
	unsigned char kind;     /* enum ynode_kind */
	unsigned char quoted;   /* scalars: written in quotes or as a block, so never a number */
	/* 32 bytes a node: a big goals file holds hundreds of thousands, and their memory is
	 * most of what checking it costs. */
	union {
		uint32_t len;   /* scalars: the text's length in bytes (it may hold NULs) */
		uint32_t n;     /* collections: the number of pointers in items */
	};
	union {
		char *value;    /* scalars: the decoded text, NUL-terminated */
		struct ynode **items;  /* sequence items; for maps key, value, key, value, ... */
	};
};

/* A whole stream.  Only its first document is kept; later ones are counted. */
struct ydoc {
	struct ynode *root;   /* NULL when the stream holds no document (empty, comments only) */
	int ndocs;
	int second_doc_line;  /* where a second document starts, when there is one */
	struct arena arena;   /* every node and text; others may allocate from it too */
	/* Set when the text is not well-formed YAML: where and why, as libyaml says. */
	int error;
	int error_line, error_col;
	char error_msg[256];
};

/* Parses len bytes of buf (UTF-8, UTF-16 with a BOM, any line endings).  Returns 0 with the
 * tree in doc, or -1 with doc->error set; either way ydoc_free releases what was built. */
int ydoc_load(struct ydoc *doc, const char *buf, size_t len);
void ydoc_free(struct ydoc *doc);

/* In a map node, the value of the first key equal to key, or NULL; if keynode is not NULL it
 * receives the key's node. */
const struct ynode *ynode_get(const struct ynode *map, const char *key,
    const struct ynode **keynode);

/* 1 if the node is a scalar equal to s. */
int ynode_is(const struct ynode *n, const char *s);

/* 1 if the node is YAML's null written plainly: nothing, ~, null, Null or NULL. */
int ynode_is_null(const struct ynode *n);

/* "a text", "a list", "a mapping": for messages that say what was found instead. */
const char *ynode_kind_name(const struct ynode *n);

#endif
