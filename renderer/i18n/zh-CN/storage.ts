/** Texts of the storage desk: bulky items, retrieval, lost and found, lockers, closing. */
export const storage = {
  'storage.deposit.title': '大件物品寄存',
} as const;
