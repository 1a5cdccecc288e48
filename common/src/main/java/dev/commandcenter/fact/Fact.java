package dev.commandcenter.fact;

/**
 * What a stored payload says, decoded once into the fields the views read: one record per kind of
 * subject. The payload itself stays whole in the log (unknown fields kept); a fact is its typed
 * reading, so projections never walk JSON by field names nor compare states as strings.
 */
public sealed interface Fact
        permits PullRequestFact,
                IssueFact,
                RepositoryFact,
                CronJobFact,
                CronRunnerFact,
                HueyQueueFact,
                HueyConsumerFact,
                HueyPeriodicFact,
                HeartbeatFact,
                ProcessCheckFact,
                EndpointProbeFact {}
