package de.akn.workflow.measure;

public enum CostSplit {
    EQUAL, POPULATION
}
