package dev.chromasetup.aws;

/** The credential check (STS GetCallerIdentity: needs no IAM permission). */
public interface Identity {
    CallerIdentity whoAmI();
}
