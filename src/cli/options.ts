import { InvalidArgumentError } from 'commander';

/** A commander argument parser for a whole number in a range. */
export function wholeNumber(min: number, max: number): (value: string) => number {
  return (value: string) => {
    if (!/^\d+$/.test(value.replace(/_/g, '')) || Number(value.replace(/_/g, '')) < min || Number(value.replace(/_/g, '')) > max) {
      throw new InvalidArgumentError(`must be a whole number from ${min} to ${max}.`);
    }
    return Number(value.replace(/_/g, ''));
  };
}
