import { describe, expect, it } from 'vitest';
import { namesVietnamesePerson } from '../../src/core/claims/vietnamese-names.js';

describe('a Vietnamese person named in a sentence', () => {
  it('finds a Vietnamese name, with or without its tones, after a rank or on its own when the surname says so', () => {
    expect(namesVietnamesePerson('In October 2019, Major Nguyen Thi Minh Phuong undertook the task as a military observer')).toBe(true);
    expect(namesVietnamesePerson('They include Lieutenant Colonel Vũ Thị Kim Oanh and Lieutenant Colonel Nguyễn Văn Thu')).toBe(true);
    expect(namesVietnamesePerson("Le major Le Viet Anh, directeur adjoint de l'hôpital n°4, a déclaré")).toBe(true);
    expect(namesVietnamesePerson('Pham Binh Minh chaired the open debate')).toBe(true);
  });

  it('does not take words, places or other peoples\' names for one', () => {
    expect(namesVietnamesePerson('Do Not Enter the Building')).toBe(false);
    expect(namesVietnamesePerson('Ho Chi Minh City and Ha Long Bay')).toBe(false);
    expect(namesVietnamesePerson('Le Monde a publié un article')).toBe(false);
    expect(namesVietnamesePerson('Kim Jong Un met President Xi Jinping')).toBe(false);
    // A surname alone, or one given name without a rank, names nobody in particular.
    expect(namesVietnamesePerson('Mr. Dang said')).toBe(false);
    expect(namesVietnamesePerson('Nguyen Trong')).toBe(false);
  });
});
