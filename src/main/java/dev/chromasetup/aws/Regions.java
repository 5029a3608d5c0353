package dev.chromasetup.aws;

import java.util.List;

/** The regions enabled for the account (EC2 DescribeRegions), sorted by name. */
public interface Regions {
    List<String> enabledRegions();
}
