/**
 * Inverted lists from a term ("day:2", "fmt:C", "state:OR") to the slots that carry it.
 * Slots only ever grow, so appending keeps every list ascending.
 */
export class Postings {
  private readonly lists = new Map<string, number[]>();

  add(term: string, slot: number): void {
    const list = this.lists.get(term);
    if (list) list.push(slot);
    else this.lists.set(term, [slot]);
  }

  get(term: string): readonly number[] {
    return this.lists.get(term) ?? EMPTY;
  }
}

const EMPTY: readonly number[] = Object.freeze([]);
