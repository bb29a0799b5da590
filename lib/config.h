/* config.h: .goalcheck.yaml, the per-folder settings of goalcheck. */
#ifndef GOALKIT_CONFIG_H
#define GOALKIT_CONFIG_H

#include <stddef.h>

#include "diag.h"
#include "rules.h"

#define SEV_OFF (-1)

/* A user's extra pattern, with its place in the config file for error messages. */
struct config_pattern {
	char *text;
	int line, col;
};

/* out-of-reach: a count target above `times` the baseline and `plus` more than it, or a
 * metric `sd` standard deviations from it; ready-to-step-up: met in each of the last
 * `step_up` periods; slipping: missed in the last `slipping`. */
struct reach_settings {
	double times, plus, sd, step_up, slipping;
};

struct config {
	char *path;                   /* the file read, or NULL for the defaults */
	double max_active;            /* the active-goal limit; default 3 */
	double stale_days;            /* stale-goal: days without progress allowed; default 21 */
	struct reach_settings reach;
	int caseness;                 /* show NHS caseness beside PHQ-9 and GAD-7; default 1 */
	int sev[RULE_COUNT];          /* each rule's severity, or SEV_OFF */
	struct config_pattern *vague, *absolutist;
	size_t nvague, nabsolutist;
};

/* The defaults: every rule at its table severity, a limit of three active goals, 21 days
 * before a goal without recorded progress is stale. */
void config_init(struct config *c);

/* The name of the config file, looked for in a goals file's folder and its parents. */
#define CONFIG_NAME ".goalcheck.yaml"

/* The rule of a config's findings. */
#define CONFIG_RULE "config"

/* Reads path into c (c->path is set either way).  Returns 0, or -1 with the problem as one
 * error in d, at its line and column; line 0 for a file that cannot be read. */
int config_load(struct config *c, const char *path, struct diags *d);

/* The same for a config's text of len bytes (an editor's, not yet saved), read as the file
 * at path. */
int config_parse(struct config *c, const char *path, const char *text, size_t len,
    struct diags *d);

/* Every setting's name, NULL-ended. */
const char *const *config_setting_names(void);

/* The .goalcheck.yaml in the folder of goals_path or the nearest parent folder that has one,
 * as a malloc'd path, or NULL.  goals_path NULL starts from the working folder. */
char *config_find(const char *goals_path);

void config_free(struct config *c);

#endif
