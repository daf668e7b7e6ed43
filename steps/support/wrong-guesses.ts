/**
 * Wrong 4-digit entries for a secret, as a person guessing would type them (1111, 2222, …),
 * never the secret itself.
 */
export function wrongGuesses(secret: string, count: number): string[] {
  const guesses = ['1111', '2222', '3333', '5555', '6666', '7777', '8888', '9999', '1357', '2468'].filter((guess) => guess !== secret);
  if (count > guesses.length) throw new Error(`Cannot make ${count} wrong guesses: at most ${guesses.length}.`);
  return guesses.slice(0, count);
}
