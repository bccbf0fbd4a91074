import { describe, expect, it } from "vitest";
import { learnRecipe, memoryRecipeStore, rememberRecipe, type RecipeStore } from "../../src/templates/index";
import { DEFAULT_TRUST } from "../../src/templates/recipe-book";
import { FORMATS, alert } from "./formats";

/** A memory store that counts `taught` (in KV a list of the format's keys, billed like a write). */
function counted(): { store: RecipeStore; lists: () => number } {
  const store = memoryRecipeStore();
  let lists = 0;
  return {
    store: {
      ...store,
      taught: (fp, limit) => {
        lists++;
        return store.taught(fp, limit);
      },
    },
    lists: () => lists,
  };
}

const values = (amountMinor: number, name: string) => ({
  amountMinor,
  balanceMinor: 1_000_000,
  name,
  vpaUser: "shop.pay",
  account: "4455",
  ref: "612345678901",
  day: 3,
  month: 12,
  year: 2026,
  hour: 9,
  minute: 41,
});

describe("rememberRecipe: agreement with the recipe offered for the rules' check", () => {
  const format = FORMATS[0] as (typeof FORMATS)[number];
  const a = alert(format, values(120_000, "KIRANA MART"));
  const b = alert(format, values(9_900, "CITY CABS"));
  const recipeA = learnRecipe(a.input, a.truth);
  const recipeB = learnRecipe(b.input, b.truth);
  const fp = "fp-test";

  it("offers a format's first answer and shares a second user's same recipe by agreement, listing nothing", async () => {
    expect(recipeA && recipeB).toBeTruthy();
    const { store, lists } = counted();
    expect(await rememberRecipe(store, fp, "usr_a", recipeA!)).toBe("own");
    expect(await store.shared(fp)).toMatchObject({ promotedBy: "rules", taughtBy: ["usr_a"] });
    expect(await rememberRecipe(store, fp, "usr_b", recipeB!)).toBe("shared");
    expect(lists()).toBe(0);
    expect(await store.shared(fp)).toMatchObject({ promotedBy: "agreement", taughtBy: ["usr_a", "usr_b"] });
  });

  it("without the rules' check, lists the format's teachers to find agreement", async () => {
    const { store, lists } = counted();
    const off = { ...DEFAULT_TRUST, rulesCheck: false };
    expect(await rememberRecipe(store, fp, "usr_a", recipeA!, off)).toBe("own");
    expect(await store.shared(fp)).toBeNull();
    expect(await rememberRecipe(store, fp, "usr_b", recipeB!, off)).toBe("shared");
    expect(lists()).toBe(2);
    expect(await store.shared(fp)).toMatchObject({ promotedBy: "agreement", taughtBy: ["usr_a", "usr_b"] });
  });

  it("still lists the teachers when the offered recipe alone is not enough, and never shares without agreement", async () => {
    const { store, lists } = counted();
    const three = { ...DEFAULT_TRUST, shareMinUsers: 3 };
    await rememberRecipe(store, fp, "usr_a", recipeA!, three);
    const before = lists();
    expect(await rememberRecipe(store, fp, "usr_b", recipeB!, three)).toBe("own");
    expect(lists()).toBe(before + 1);
    expect(await store.shared(fp)).toMatchObject({ promotedBy: "rules" });
  });

  it("a different recipe of the format does not agree with the offered one", async () => {
    const other = FORMATS.find((f) => f.id !== format.id) as (typeof FORMATS)[number];
    const c = alert(other, values(5_000, "TEA STALL"));
    const recipeC = learnRecipe(c.input, c.truth);
    expect(recipeC).toBeTruthy();
    const { store } = counted();
    await rememberRecipe(store, fp, "usr_a", recipeA!);
    expect(await rememberRecipe(store, fp, "usr_c", recipeC!)).toBe("own");
    expect(await store.shared(fp)).toMatchObject({ promotedBy: "rules", taughtBy: ["usr_a"] });
  });
});
