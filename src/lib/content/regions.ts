// The one order regions are listed in (the regions index, the home page, the
// search filter): provinces in the national order, then within a province by
// level and name. A region whose province is not known goes last, in a group
// of its own, so that “未具名” is never shown as if it were a province.
import { isProvince, PROVINCES, type Region, type RegionLevel } from '../schema/taxonomy.ts';
import { compareChinese } from '../format/collate.ts';

/** Province, then city, then county-level (县 and 区 are the same tier, ordered by name). */
const LEVEL_RANK: Record<RegionLevel, number> = { province: 0, city: 1, county: 2, district: 2 };

const provinceRank = (province: string) => (isProvince(province) ? PROVINCES.indexOf(province) : PROVINCES.length);

type Listed = Pick<Region, 'name' | 'province' | 'level'>;

/** Provinces in the national order, unknown provinces last; then level; then name (zh-CN collation). */
export function compareRegions(a: Listed, b: Listed): number {
  return (
    provinceRank(a.province) - provinceRank(b.province) ||
    LEVEL_RANK[a.level] - LEVEL_RANK[b.level] ||
    compareChinese(a.name, b.name)
  );
}

/** 陕西省咸阳市; a province by itself (北京市); a region whose province is not given, by its own name only. */
export function regionFullName(region: Listed): string {
  return isProvince(region.province) && region.province !== region.name ? `${region.province}${region.name}` : region.name;
}

/** A copy of `regions` in listing order. */
export function sortRegions<T extends Listed>(regions: readonly T[]): T[] {
  return [...regions].sort(compareRegions);
}

export interface ProvinceGroup<T> {
  /** The province's official name, or undefined for the group of regions whose province is not given. */
  province: string | undefined;
  regions: T[];
}

/** Regions grouped by province in listing order; the regions with no known province form one group, last. */
export function groupByProvince<T extends Listed>(regions: readonly T[]): ProvinceGroup<T>[] {
  const groups: ProvinceGroup<T>[] = [];
  for (const region of sortRegions(regions)) {
    const province = isProvince(region.province) ? region.province : undefined;
    const last = groups.at(-1);
    if (last && last.province === province) last.regions.push(region);
    else groups.push({ province, regions: [region] });
  }
  return groups;
}
