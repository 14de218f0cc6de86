package chat.k1te.serverless.store;

import chat.k1te.serverless.domain.MemberRef;

/** A member kept changing under a conditional update for every bounded retry. */
public final class ConcurrentUpdateException extends RuntimeException {
  ConcurrentUpdateException(MemberRef ref, int attempts) {
    super(
        "member "
            + ref.memberId()
            + " kept changing concurrently; gave up after "
            + attempts
            + " attempts");
  }

  ConcurrentUpdateException(String message) {
    super(message);
  }
}
